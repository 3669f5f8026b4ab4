// within the portal's layout, so a page the person may not open keeps the header
export { default } from "../forbidden";
