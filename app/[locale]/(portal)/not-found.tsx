// within the portal's layout, so a missing order keeps the header
export { default } from "../not-found";
