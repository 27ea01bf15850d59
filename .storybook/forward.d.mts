import type { IncomingMessage, ServerResponse } from 'node:http';
export declare function forward(req: IncomingMessage, res: ServerResponse, target: URL, who: string): void;
