declare namespace App {
  interface Locals {
    /** Dev: the file whose problems the problems page shows instead of an entry that cannot be read. */
    problemFile?: string;
  }
}
