/** id of the hidden element in the root layout that carries the error boundary's translated words */
export const ERROR_TEXT_ID = "error-text";
