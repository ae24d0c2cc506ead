// `linekit-mock --ui`: the chat simulator page of @linekit/chat-ui next to the mock. chat-ui is an
// optional peer, loaded only when asked for: it depends on this package, so a dependency back would
// be a cycle, and users who never open the page need not install it.
import type { RunningMock } from "./start-mock.js";

interface Simulator {
  url: string;
  close(): Promise<void>;
}
interface SimulatorModule {
  startSimulator(options: {
    mock: RunningMock;
    channelSecret: string;
    port?: number;
    host?: string;
    log?: (line: string) => void;
  }): Promise<Simulator>;
}

export async function startChatSimulator(
  mock: RunningMock,
  options: { channelSecret: string; port: number; host: string; log: (line: string) => void },
): Promise<Simulator> {
  const specifier = "@linekit/chat-ui/simulator"; // a variable: the type checker must not need chat-ui built
  let simulator: SimulatorModule;
  try {
    simulator = (await import(specifier)) as SimulatorModule;
  } catch (error) {
    // Installed but not built (a fresh clone of the repository) reads differently from not installed.
    const missing = String(error).includes("Cannot find package");
    throw new Error(
      missing
        ? "--ui needs the @linekit/chat-ui package: npm install --save-dev @linekit/chat-ui"
        : `--ui could not load @linekit/chat-ui (in the linekit repository: npm run build first): ${String(error)}`,
    );
  }
  return simulator.startSimulator({ mock, ...options });
}
