// The channel's webhook endpoint: what a bot sets is what it reads back.
import { type Handlers, ok } from "./handler.js";

export const webhookSettingsHandlers: Handlers = {
  getWebhookEndpoint: (state) => ok({ endpoint: state.webhook.endpoint, active: state.webhook.active }),
  setWebhookEndpoint: (state, exchange) => {
    state.webhook.endpoint = (exchange.body as { endpoint: string }).endpoint;
    return ok();
  },
};
