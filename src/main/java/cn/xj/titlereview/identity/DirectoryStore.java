package cn.xj.titlereview.identity;

/**
 * Where the directory lives (the database tables). Every change writes a new token in the same
 * transaction, so a reader on any node sees a change by comparing one short value.
 */
public interface DirectoryStore {

    /** The token of the last committed change (cheap: one row by its key). */
    String token();

    /** The whole directory with the token it was read at. */
    Directory load();
}
