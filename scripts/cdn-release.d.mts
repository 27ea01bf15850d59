export declare const VERSION: string;
export declare const FOLDER: string;
export declare const CDN_DIR: string;
export declare const RELEASE_DIR: string;
export declare function integrity(bytes: Uint8Array): string;
export declare function entryIntegrity(dir?: string): string;
export declare function sriText(dir: string): string;
export declare function writeRelease(from?: string): { folder: string; zip: string };
export declare function release(): { name: string };
