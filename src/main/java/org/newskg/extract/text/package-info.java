/** Sentences and tokens with their offsets in the cleaned text: what every rule reads. */
package org.newskg.extract.text;
