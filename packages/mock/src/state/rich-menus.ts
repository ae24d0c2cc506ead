// Rich menus: definitions and their images, aliases, the default menu, per-user links (one, bulk,
// batch control with progress). What a bot creates, links and deletes is what it reads back.
import { randomBytes } from "node:crypto";
import { type Answer, type Exchange, type Handlers, lineError, notFound, ok } from "./handler.js";
import { imageSize } from "./image-size.js";
import type { LineState } from "./line-state.js";

/** A rich menu as the bot defined it (the spec has checked every field). */
interface RichMenuDefinition {
  size: { width: number; height: number };
  areas: Array<{ bounds: { x: number; y: number; width: number; height: number } }>;
  [field: string]: unknown;
}
type RichMenu = RichMenuDefinition & { richMenuId: string };

interface BatchOperation {
  type: "link" | "unlink" | "unlinkAll";
  from?: string;
  to?: string;
}

interface RichMenus {
  menus: Map<string, RichMenu>;
  images: Map<string, { bytes: Uint8Array; contentType: string }>;
  /** Alias ID → rich menu ID. */
  aliases: Map<string, string>;
  defaultMenu: string | undefined;
  /** User ID → the rich menu linked to that user. */
  links: Map<string, string>;
  /** Batch control requests by their request ID; the first progress check sees `ongoing`. */
  batches: Map<string, { acceptedTime: string; checks: number }>;
}

// Reference, "Upload rich menu image": the image may be at most 1 MB.
const MAX_IMAGE_BYTES = 1024 * 1024;

const richMenusOf = (state: LineState) =>
  state.own<RichMenus>("richMenus", () => ({
    menus: new Map(),
    images: new Map(),
    aliases: new Map(),
    defaultMenu: undefined,
    links: new Map(),
    batches: new Map(),
  }));

/** A 400 in LINE's error shape, naming the property at fault. */
const invalid = (message: string, property?: string): Answer => ({
  status: 400,
  json: { message, ...(property ? { details: [{ message, property }] } : {}) },
});

// The spec checks each bound on its own; whether an area fits this menu's size is LINE's check.
function areaOutside(menu: RichMenuDefinition): Answer | undefined {
  const index = menu.areas.findIndex(
    ({ bounds }) => bounds.x + bounds.width > menu.size.width || bounds.y + bounds.height > menu.size.height,
  );
  return index < 0 ? undefined : invalid("The area is outside the rich menu's size", `areas[${index}].bounds`);
}

// LINE shows a menu only once its image is uploaded, and refuses to apply one without.
function applicable(menus: RichMenus, richMenuId: string): Answer | undefined {
  if (!menus.menus.has(richMenuId)) return notFound();
  return menus.images.has(richMenuId) ? undefined : invalid("Upload the rich menu's image before applying it");
}

function runBatch(menus: RichMenus, operations: BatchOperation[]) {
  for (const operation of operations) {
    for (const [userId, linked] of menus.links) {
      if (operation.type === "unlinkAll" || (operation.type === "unlink" && linked === operation.from)) {
        menus.links.delete(userId);
      } else if (operation.type === "link" && linked === operation.from) {
        menus.links.set(userId, operation.to!);
      }
    }
  }
}

function unknownBatchTarget(menus: RichMenus, exchange: Exchange): Answer | undefined {
  const { operations } = exchange.body as { operations: BatchOperation[] };
  const index = operations.findIndex((op) => op.type === "link" && !menus.menus.has(op.to!));
  return index < 0 ? undefined : invalid("The rich menu does not exist", `operations[${index}].to`);
}

const menuParam = (exchange: Exchange) => exchange.params.richMenuId ?? "";
const aliasParam = (exchange: Exchange) => exchange.params.richMenuAliasId ?? "";

export const richMenuHandlers: Handlers = {
  createRichMenu: (state, exchange) => {
    const definition = exchange.body as RichMenuDefinition;
    const outside = areaOutside(definition);
    if (outside) return outside;
    const richMenuId = `richmenu-${randomBytes(16).toString("hex")}`;
    richMenusOf(state).menus.set(richMenuId, { richMenuId, ...definition });
    return ok({ richMenuId });
  },
  validateRichMenuObject: (_state, exchange) => areaOutside(exchange.body as RichMenuDefinition) ?? ok(),
  getRichMenuList: (state) => ok({ richmenus: [...richMenusOf(state).menus.values()] }),
  getRichMenu: (state, exchange) => {
    const menu = richMenusOf(state).menus.get(menuParam(exchange));
    return menu ? ok(menu) : notFound();
  },
  deleteRichMenu: (state, exchange) => {
    const menus = richMenusOf(state);
    const richMenuId = menuParam(exchange);
    if (!menus.menus.delete(richMenuId)) return notFound();
    menus.images.delete(richMenuId);
    // Users it was linked to fall back to the default menu; a deleted default is no default.
    for (const [userId, linked] of menus.links) if (linked === richMenuId) menus.links.delete(userId);
    if (menus.defaultMenu === richMenuId) menus.defaultMenu = undefined;
    return ok();
  },

  setRichMenuImage: (state, exchange) => {
    const menus = richMenusOf(state);
    const richMenuId = menuParam(exchange);
    const menu = menus.menus.get(richMenuId);
    if (!menu) return notFound();
    // Images cannot be replaced: a new look is a new rich menu.
    if (menus.images.has(richMenuId)) return invalid("An image has already been uploaded to the rich menu");
    if (exchange.bytes.byteLength > MAX_IMAGE_BYTES) return lineError(413, "Request entity too large");
    const contentType = (exchange.contentType ?? "").split(";")[0]!.trim().toLowerCase();
    const size = imageSize(exchange.bytes, contentType);
    if (!size) return invalid(`The body is not a readable ${contentType || "image"}`);
    if (size.width !== menu.size.width || size.height !== menu.size.height) {
      return invalid(
        `The image is ${size.width}×${size.height} px; the rich menu is ${menu.size.width}×${menu.size.height} px`,
      );
    }
    menus.images.set(richMenuId, { bytes: exchange.bytes, contentType });
    return ok();
  },
  getRichMenuImage: (state, exchange) => {
    const image = richMenusOf(state).images.get(menuParam(exchange));
    return image ? { status: 200, bytes: image.bytes, contentType: image.contentType } : notFound();
  },

  setDefaultRichMenu: (state, exchange) => {
    const menus = richMenusOf(state);
    const refused = applicable(menus, menuParam(exchange));
    if (refused) return refused;
    menus.defaultMenu = menuParam(exchange);
    return ok();
  },
  getDefaultRichMenuId: (state) => {
    const richMenuId = richMenusOf(state).defaultMenu;
    return richMenuId ? ok({ richMenuId }) : notFound();
  },
  cancelDefaultRichMenu: (state) => {
    richMenusOf(state).defaultMenu = undefined;
    return ok();
  },

  createRichMenuAlias: (state, exchange) => {
    const menus = richMenusOf(state);
    const { richMenuAliasId, richMenuId } = exchange.body as { richMenuAliasId: string; richMenuId: string };
    if (menus.aliases.has(richMenuAliasId)) return invalid("The alias already exists", "richMenuAliasId");
    if (!menus.menus.has(richMenuId)) return invalid("The rich menu does not exist", "richMenuId");
    menus.aliases.set(richMenuAliasId, richMenuId);
    return ok();
  },
  getRichMenuAliasList: (state) =>
    ok({
      aliases: [...richMenusOf(state).aliases].map(([richMenuAliasId, richMenuId]) => ({
        richMenuAliasId,
        richMenuId,
      })),
    }),
  getRichMenuAlias: (state, exchange) => {
    const richMenuId = richMenusOf(state).aliases.get(aliasParam(exchange));
    return richMenuId ? ok({ richMenuAliasId: aliasParam(exchange), richMenuId }) : notFound();
  },
  updateRichMenuAlias: (state, exchange) => {
    const menus = richMenusOf(state);
    const { richMenuId } = exchange.body as { richMenuId: string };
    if (!menus.aliases.has(aliasParam(exchange))) return notFound();
    if (!menus.menus.has(richMenuId)) return invalid("The rich menu does not exist", "richMenuId");
    menus.aliases.set(aliasParam(exchange), richMenuId);
    return ok();
  },
  deleteRichMenuAlias: (state, exchange) =>
    richMenusOf(state).aliases.delete(aliasParam(exchange)) ? ok() : notFound(),

  getRichMenuIdOfUser: (state, exchange) => {
    // Only a per-user link counts; the default menu is not reported here.
    const richMenuId = richMenusOf(state).links.get(exchange.params.userId ?? "");
    return richMenuId ? ok({ richMenuId }) : notFound();
  },
  linkRichMenuIdToUser: (state, exchange) => {
    const menus = richMenusOf(state);
    const refused = applicable(menus, menuParam(exchange));
    if (refused) return refused;
    menus.links.set(exchange.params.userId ?? "", menuParam(exchange));
    return ok();
  },
  unlinkRichMenuIdFromUser: (state, exchange) => {
    richMenusOf(state).links.delete(exchange.params.userId ?? "");
    return ok();
  },
  // LINE applies bulk links in the background; the mock has applied them by the time it answers.
  linkRichMenuIdToUsers: (state, exchange) => {
    const menus = richMenusOf(state);
    const { richMenuId, userIds } = exchange.body as { richMenuId: string; userIds: string[] };
    if (!menus.menus.has(richMenuId)) return invalid("The rich menu does not exist", "richMenuId");
    for (const userId of userIds) menus.links.set(userId, richMenuId);
    return { status: 202, json: {} };
  },
  unlinkRichMenuIdFromUsers: (state, exchange) => {
    const menus = richMenusOf(state);
    for (const userId of (exchange.body as { userIds: string[] }).userIds) menus.links.delete(userId);
    return { status: 202, json: {} };
  },

  validateRichMenuBatchRequest: (state, exchange) => unknownBatchTarget(richMenusOf(state), exchange) ?? ok(),
  richMenuBatch: (state, exchange) => {
    const menus = richMenusOf(state);
    const refused = unknownBatchTarget(menus, exchange);
    if (refused) return refused;
    // Applied at once (so a resumed request finds nothing left to do); progress still starts `ongoing`.
    runBatch(menus, (exchange.body as { operations: BatchOperation[] }).operations);
    menus.batches.set(exchange.requestId, { acceptedTime: new Date().toISOString(), checks: 0 });
    return { status: 202, json: {} };
  },
  getRichMenuBatchProgress: (state, exchange) => {
    const batch = richMenusOf(state).batches.get(exchange.query.get("requestId") ?? "");
    if (!batch) return notFound();
    batch.checks++;
    if (batch.checks === 1) return ok({ phase: "ongoing", acceptedTime: batch.acceptedTime });
    return ok({ phase: "succeeded", acceptedTime: batch.acceptedTime, completedTime: new Date().toISOString() });
  },
};

/** The rich menus for the state snapshot (`GET /__linekit/state`). */
export function richMenuSnapshot(state: LineState) {
  const menus = richMenusOf(state);
  return {
    menus: [...menus.menus.values()].map((menu) => ({
      ...menu,
      image: menus.images.has(menu.richMenuId) ? menus.images.get(menu.richMenuId)!.contentType : undefined,
    })),
    aliases: Object.fromEntries(menus.aliases),
    defaultMenu: menus.defaultMenu,
    links: Object.fromEntries(menus.links),
  };
}
