export declare const CSP_HEADER: string;
export declare const CSP_META: string;
export declare const SECURITY_HEADERS: Record<string, string>;
export declare function fileCsp(scriptHashes: readonly string[]): string;
