/**
 * The population registry: bulk import (an idempotent upsert staged through COPY, one transaction
 * per file), export in the same interchange format, the change history, and the registry's status.
 */
package vn.sachsong.server.registry;
