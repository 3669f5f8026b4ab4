/** A radio drawn as a large touch target that shows when it is chosen. */
export const OPTION =
  "flex min-h-11 cursor-pointer items-center gap-3 rounded-lg border border-stone-300 bg-white px-3 py-2 has-[:checked]:border-saffron-700 has-[:checked]:bg-saffron-50 has-[:disabled]:cursor-default has-[:disabled]:opacity-60";
/** The main action of a form, at least 44px high. */
export const BUTTON = "min-h-11 rounded-lg bg-saffron-700 px-5 py-2 font-medium text-white disabled:opacity-60";
