// within the market's layout, so a missing product keeps the header
export { default } from "../not-found";
