/** docs/reference/api.md (without its final newline) for the OpenAPI document the API serves. */
export declare function apiReference(doc: unknown): string;
/** Text for a Markdown table's cell. */
export declare function cell(s: unknown): string;
