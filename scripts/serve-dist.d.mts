import type { Server } from 'node:http';

export declare const CSP: string;
export declare const MIME_TYPES: Record<string, string>;
export declare function resolveUnderRoot(root: string, urlPath: string): string | null;
export declare function serveDist(options?: {
  root?: string;
  port?: number;
  host?: string;
  log?: boolean;
}): Promise<{ url: string; close: () => Promise<void>; server: Server }>;
