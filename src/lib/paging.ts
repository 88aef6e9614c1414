/** Rules per browse page: a page that lists thousands of cards is slow on a phone. */
export const PAGE_SIZE = 50;
