// The trust rules of the cache: a cache is read only from where no one else could have put
// it, and written only where it would be read. Shared by the cache of files and the corpus
// cache, for reading (File::map) and writing (write_private).
#pragma once

#include <sys/stat.h>

#include <filesystem>
#include <initializer_list>
#include <string>
#include <string_view>

namespace stdgraph::cache {

// Why a folder cannot be trusted, or "" when it can. A folder others may write to could
// have had any file put in it, unless its sticky bit keeps them from renaming or removing
// the user's own (as in /tmp); one owned by another user (not root) is theirs to change.
std::string folder_distrust(const struct stat& st);
// Why a cache file cannot be trusted, or "" when it can: not a regular file, not the
// user's, or writable by others.
std::string file_distrust(const struct stat& st);
// The note for a folder refused: no cache is read or written there.
std::string folder_note(const std::filesystem::path& folder, const std::string& why);

// The cache's folder as an open descriptor (-1 when it is missing or cannot be opened), its
// status taken from the descriptor, so that what is checked is what is read from.
int open_folder(const std::filesystem::path& folder, struct stat& st);

// Writes a cache file whole: its folder made (0700, with missing parents) if need be, the
// file readable by the user alone (0600), renamed into place. `note` says why it failed;
// nothing is written, and nothing said, into a folder read() refuses (it said why).
enum class Written { ok, failed, refused };
Written write_private(const std::filesystem::path& path,
                      std::initializer_list<std::string_view> parts, std::string& note);

}  // namespace stdgraph::cache
