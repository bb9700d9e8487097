/** What the user can do to a traced block; absent actions are not offered (e.g. in the selection view). */
export interface BlockActions {
  /** Scroll the page to the block and highlight it. */
  showBlock?(block: number): void;
  /** Reject the block's match ("Wrong match"): the sidebar hides it at once and stores a correction. */
  flagWrong?(block: number): void;
}
