// Values the shared globalSetup provides to tests.
import "vitest";

declare module "vitest" {
  interface ProvidedContext {
    /** Base URL of the mock gateway serving this package's specs. */
    mockUrl: string;
  }
}
