// A front for the mock on 127.0.0.1: forwards every API request to it and records what arrived, so a
// test can assert which requests a bot really sent. It also serves files under /consumer/ from one
// folder, which puts a browser page on the same origin as the API (no CORS involved).
import { readFile } from "node:fs/promises";
import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";

export interface RecordedRequest {
  method: string;
  path: string;
  status: number;
}

export interface Recorder {
  url: string;
  requests: RecordedRequest[];
  close: () => Promise<void>;
}

const contentTypes: Record<string, string> = { ".html": "text/html", ".js": "text/javascript" };

async function readBody(req: IncomingMessage): Promise<Uint8Array<ArrayBuffer>> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return new Uint8Array(Buffer.concat(chunks));
}

export async function startRecorder(mockUrl: string, staticDir?: string): Promise<Recorder> {
  const requests: RecordedRequest[] = [];
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? "/", "http://front");
    try {
      if (staticDir && req.method === "GET" && url.pathname.startsWith("/consumer/")) {
        const file = path.join(staticDir, path.basename(url.pathname) || "index.html");
        const body = await readFile(file);
        res.writeHead(200, { "content-type": contentTypes[path.extname(file)] ?? "application/octet-stream" });
        return res.end(body);
      }
      const headers = Object.fromEntries(
        Object.entries(req.headers).filter(([name]) => !["host", "connection", "content-length"].includes(name)),
      ) as Record<string, string>;
      const body = req.method === "GET" || req.method === "HEAD" ? undefined : await readBody(req);
      const answer = await fetch(new URL(url.pathname + url.search, mockUrl), {
        method: req.method ?? "GET",
        headers,
        body: body ?? null,
      });
      requests.push({ method: req.method ?? "", path: url.pathname, status: answer.status });
      const answerHeaders = Object.fromEntries(
        [...answer.headers].filter(
          ([name]) => !["content-encoding", "content-length", "transfer-encoding"].includes(name),
        ),
      );
      res.writeHead(answer.status, answerHeaders);
      res.end(Buffer.from(await answer.arrayBuffer()));
    } catch (error) {
      res.writeHead(502, { "content-type": "text/plain" });
      res.end(`consumer recorder: ${String(error)}`);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
