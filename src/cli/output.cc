#include "output.h"

#include <sys/stat.h>

#include <filesystem>
#include <iostream>

#include <fmt/format.h>

#include "gaps_cli.h"
#include "stdgraph/util/write_file.h"

namespace stdgraph::cli {

namespace fs = std::filesystem;

std::vector<std::string> input_files(const GlobalOptions& options, const Loaded& data,
                                     const std::vector<std::string>& taxonomies) {
  std::vector<std::string> files(data.corpus.files.begin(), data.corpus.files.end());
  files.push_back(glossary_path(options).string());
  std::error_code ec;
  for (fs::recursive_directory_iterator it(taxonomy_dir(options), ec), end; !ec && it != end;
       it.increment(ec))
    files.push_back(it->path().string());
  files.insert(files.end(), taxonomies.begin(), taxonomies.end());
  return files;
}

int write_document(const GlobalOptions& options, const Loaded& data, const std::string& output,
                   std::initializer_list<std::string_view> parts,
                   const std::vector<std::string>& taxonomies) {
  std::cout.flush();  // what a command printed before comes first
  if (output.empty() || output == "-") {
    if (std::string failed = write_output("-", parts); !failed.empty()) {
      complain(failed);
      return kNoData;
    }
    return kOk;
  }
  struct stat target {};
  if (::stat(output.c_str(), &target) == 0 && S_ISREG(target.st_mode)) {
    for (const std::string& input : input_files(options, data, taxonomies)) {
      struct stat st {};
      if (::stat(input.c_str(), &st) == 0 && st.st_dev == target.st_dev &&
          st.st_ino == target.st_ino) {
        complain(fmt::format(
            "refusing to write {}: it is {}, an input of this run; stdgraph never writes its "
            "inputs. Name another file with -o",
            output, input == output ? "a file stdgraph reads" : "the same file as " + input));
        return kUsage;
      }
    }
  }
  if (std::string failed = write_output(output, parts); !failed.empty()) {
    complain(failed);
    return kNoData;
  }
  return kOk;
}

}  // namespace stdgraph::cli
