/** server: HTTP API and web UI over the store. PLACEHOLDER signature until issue 7 lands. */
export interface ServerOptions {
  dbPath: string;
  port: number;
  host: string;
  /** Bearer token required for write endpoints when the host is not loopback. */
  token?: string;
}

export async function startServer(_opts: ServerOptions): Promise<{ url: string; close(): Promise<void> }> {
  throw new Error('the server is not built yet');
}
