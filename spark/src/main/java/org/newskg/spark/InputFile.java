package org.newskg.spark;

import java.io.Serializable;

/**
 * One input file as the driver listed it: where it is (any Hadoop file system), its name, which the
 * articles it gives keep as their source, and its modification time, which dates an undated article.
 */
record InputFile(String uri, String name, long modifiedMillis) implements Serializable {}
