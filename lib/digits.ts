export { asciiDigits } from "./text";
