/** The command line: one class per command; each parses, calls the pipeline, and prints. */
package org.newskg.cli;
