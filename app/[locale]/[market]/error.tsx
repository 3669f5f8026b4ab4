"use client";

// within the market's layout, so a failing page keeps the header
export { default } from "../error";
