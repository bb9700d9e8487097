/** A local static server (see static-server.mjs). */
export interface StaticServer {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  /** The absolute URL of a path under the served folder. */
  url(path: string): string;
  /** Paths requested so far, in order. */
  requests: string[];
  close(): Promise<void>;
}

export function serveStatic(root: string, pages?: Record<string, string>): Promise<StaticServer>;
