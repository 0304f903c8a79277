/** A record file larger than this is refused unread (a record is a few KB; a 20 MB ledger is a mistake or an attack). */
export const MAX_FILE_BYTES = 2 * 1024 * 1024;
