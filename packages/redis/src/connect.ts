// A node-redis client set up for shared state: commands fail at once while the connection is down
// (instead of queueing until it is back, which would hold calls and webhook answers indefinitely).
import { createClient } from "@redis/client";

export interface ConnectRedisOptions {
  /** `redis://…` or `rediss://…` (password and TLS as node-redis reads them). */
  url?: string | undefined;
  /** A unix socket path, instead of `url`. */
  socketPath?: string | undefined;
  /** Connection errors (the client reconnects by itself); default: ignored. */
  onError?: ((error: Error) => void) | undefined;
}

export async function connectRedis(options: ConnectRedisOptions) {
  const client = createClient({
    ...(options.url ? { url: options.url } : {}),
    ...(options.socketPath ? { socket: { path: options.socketPath, tls: false as const } } : {}),
    disableOfflineQueue: true,
  });
  client.on("error", (error: Error) => options.onError?.(error));
  await client.connect();
  return client;
}
