/**
 * Test types that stand for an application's own code, outside pdkit's packages.
 */
@NullMarked
package io.pdkit.appkeys;

import org.jspecify.annotations.NullMarked;
