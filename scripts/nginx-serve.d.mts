export declare const NGINX_CONF: string;
export declare const NGINX_PATH: string;
export declare function hasNginx(): boolean;
export declare function siteConfig(
  text: string,
  options: { root: string; port: number; host?: string },
): string;
export declare function mainConfig(dir: string, sitePath: string): string;
export declare function serveWithNginx(options?: {
  root?: string;
  port?: number;
  host?: string;
}): Promise<{ url: string; close: () => Promise<void>; dir: string; log: () => string }>;
