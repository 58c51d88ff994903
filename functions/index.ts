/**
 * The functions entry: one import per family. The custom-functions-metadata plugin reads the
 * JSDoc of each family file (webpack.config.js lists them) and appends its
 * `CustomFunctions.associate` calls, so nothing is registered by hand.
 */
import "./csat";
