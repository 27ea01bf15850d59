export declare const CHROME_PATH: string;
export declare const CHROME_ARGS: string[];
export declare const PUPPETEER_LAUNCH: { executablePath: string; headless: boolean; args: string[] };
