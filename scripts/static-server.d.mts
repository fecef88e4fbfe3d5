/** A running static server: its base URL (`http://127.0.0.1:port`) and how to stop it. */
export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

/** Serves the files under `root` on a free loopback port. */
export function serve(root: string): Promise<StaticServer>;
