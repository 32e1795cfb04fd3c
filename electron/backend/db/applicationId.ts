// The number in a SQLite file's header that says "this is a Casefile library" (PRAGMA
// application_id): the ASCII bytes "CsFl". Set by migration 2 on every library.
export const CASEFILE_APPLICATION_ID = 0x4373466c;
