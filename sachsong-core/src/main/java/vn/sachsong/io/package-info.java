/** Streaming readers (CSV in any encoding Vietnamese agencies use, XLSX), header detection, writers. */
package vn.sachsong.io;
