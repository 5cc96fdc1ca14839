package costfile

import "golang.org/x/sys/unix"

// populate maps every page of a file mapping at once (MADV_POPULATE_READ,
// Linux 5.14 on) instead of one fault per few pages as the matrix is read.
// The pages stay the page cache's own: a later write still copies its page.
// On an older kernel the advice is refused and the pages fault in as read.
func populate(b []byte) {
	_ = unix.Madvise(b, unix.MADV_POPULATE_READ)
}
