/** Evaluation: extraction and resolution scored against hand-made gold annotations. */
package org.newskg.eval;
