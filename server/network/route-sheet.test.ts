import { describe, expect, it } from "vitest";
import { routeSheetPages } from "./route-sheet-pdf";
import { orderStops } from "./route-sheet";

const village = (code: string, lat: number | null, lng: number | null, position = 0) => ({ code, lat, lng, position });

describe("route order", () => {
  it("goes from the counter to the nearest village, then the nearest one left", () => {
    const counter = { lat: 37.0, lng: 49.0 };
    const stops = orderStops(counter, [village("far", 37.3, 49.0), village("near", 37.01, 49.0), village("middle", 37.1, 49.0), village("side", 37.11, 49.05)]);
    expect(stops.map((s) => s.code)).toEqual(["near", "middle", "side", "far"]);
  });

  it("puts villages without coordinates last, in the map's order", () => {
    const stops = orderStops({ lat: 0, lng: 0 }, [village("b", null, null, 2), village("x", 1, 1), village("a", null, null, 1)]);
    expect(stops.map((s) => s.code)).toEqual(["x", "a", "b"]);
  });

  it("fills pages down to the margin and starts a new one after", () => {
    expect(routeSheetPages([])).toEqual([0]);
    expect(routeSheetPages(Array.from({ length: 10 }, () => ({ gap: 14 })))).toEqual([10]);
    const pages = routeSheetPages(Array.from({ length: 200 }, () => ({ gap: 14 })));
    expect(pages.reduce((a, b) => a + b, 0)).toBe(200);
    expect(pages.length).toBeGreaterThan(3);
  });
});
