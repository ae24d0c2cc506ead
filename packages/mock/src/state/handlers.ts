// Every emulator handler by operationId. An operation without one is answered with the spec's example.
import { audienceHandlers } from "./audiences.js";
import { contentHandlers } from "./content.js";
import { couponHandlers } from "./coupons.js";
import type { Handlers } from "./handler.js";
import { liffHandlers } from "./liff-apps.js";
import { messageHandlers } from "./messages.js";
import { richMenuHandlers } from "./rich-menus.js";
import { userHandlers } from "./users.js";
import { webhookSettingsHandlers } from "./webhook-settings.js";

export const defaultHandlers: Handlers = {
  ...webhookSettingsHandlers,
  ...userHandlers,
  ...messageHandlers,
  ...contentHandlers,
  ...richMenuHandlers,
  ...audienceHandlers,
  ...couponHandlers,
  ...liffHandlers,
};
