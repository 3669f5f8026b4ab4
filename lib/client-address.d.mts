import type { IncomingMessage } from "node:http";

export const CLIENT_HEADER: "x-villagepost-client";
export function parseTrust(value: string | undefined): (address: string, hop: number) => boolean;
export function clientAddress(request: IncomingMessage, trust: (address: string, hop: number) => boolean): string;
