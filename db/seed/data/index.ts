import type { SeedMarketData } from "../types";
import { cn } from "./cn";
import { ir } from "./ir";
import { vn } from "./vn";

export const demoMarkets: SeedMarketData[] = [ir, cn, vn];
