#ifndef CGLOSS_FILE_H
#define CGLOSS_FILE_H

#include <stdint.h>

/// Asks the kernel to start writing `count` bytes of the file from `offset` to the device, without
/// waiting for it (Linux `sync_file_range` with `SYNC_FILE_RANGE_WRITE`, a GNU extension Swift's Glibc
/// module does not show). Returns 0, or -1 with errno set; does nothing and returns 0 where the call
/// does not exist. Durability still needs `fsync`: this only lets the final one find less to do.
int gloss_start_writeback(int descriptor, int64_t offset, int64_t count);

#endif
