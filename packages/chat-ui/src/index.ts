// @linekit/chat-ui: LINE message objects as HTML and CSS, in a browser or any JavaScript runtime.
export { ACTION_ATTRIBUTE, actionLabel, describeAction, readAction } from "./actions.js";
export { renderBubble, renderFlexContainer } from "./flex/bubble.js";
export { BUBBLE_WIDTH_PX, FONT_SIZE_PX, IMAGE_SIZE_PX, SPACING_PX } from "./flex/units.js";
export { escapeHtml } from "./html.js";
export { type PreviewOptions, renderPreview } from "./preview.js";
export { renderLoadingAnimation, renderQuickReply } from "./quick-reply.js";
export { renderMessage } from "./render-message.js";
export { chatUiCss } from "./styles.js";
export type { Action, FlexContainer, Message, QuickReply, RenderOptions } from "./types.js";
