// The message shapes this renderer accepts: the messaging spec's own generated types.
import type { components } from "@linekit/messaging";

type Schemas = components["schemas"];

export type Message = Schemas["Message"];
export type Action = Schemas["Action"];
export type QuickReply = Schemas["QuickReply"];
export type Sender = Schemas["Sender"];
export type TextMessage = Schemas["TextMessage"];
export type TextMessageV2 = Schemas["TextMessageV2"];
export type ImagemapMessage = Schemas["ImagemapMessage"];
export type ImagemapAction = Schemas["ImagemapAction"];
export type TemplateMessage = Schemas["TemplateMessage"];
export type FlexMessage = Schemas["FlexMessage"];
export type FlexContainer = Schemas["FlexContainer"];
export type FlexBubble = Schemas["FlexBubble"];
export type FlexBox = Schemas["FlexBox"];
export type FlexComponent = Schemas["FlexComponent"];
export type FlexText = Schemas["FlexText"];
export type FlexImage = Schemas["FlexImage"];
export type FlexVideo = Schemas["FlexVideo"];

/** How the renderer fills in what a message object only refers to. */
export interface RenderOptions {
  /** Display name for a mentioned user ID (textV2 mentions); default: the ID shortened. */
  userName?: ((userId: string) => string | undefined) | undefined;
}
