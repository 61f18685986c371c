/**
 * Browser tests of the web page: a real server over the seed index, driven through headless Chromium with Selenium.
 */
package org.fupin.web;
