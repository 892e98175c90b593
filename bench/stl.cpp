// bench/stl.cpp - an STL-heavy request handler: per request a std::string
// built up by appends, a std::vector<std::string> of tokens, a
// std::map<std::string, int> of counts and a std::unordered_map<std::string,
// std::vector<int>> of positions, all freed at the end of the request; every
// KEEP_EVERY-th request keeps one token in a global registry
// (std::vector<std::string>) that stays reachable: a slow leak.
//
//   usage: stl [REQUESTS]        (default 300000; deterministic)
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <string>
#include <unordered_map>
#include <vector>

static const unsigned KEEP_EVERY = 64;
static std::vector<std::string> registry; // the slow leak

static uint32_t rng_next(uint32_t &s) {
  s = s * 1664525u + 1013904223u;
  return s >> 8;
}

__attribute__((annotate("razor_probe:TRACE_BENCH"), noinline))
uint64_t handle_request(uint32_t req) {
  uint32_t rng = req * 2654435761u + 1;
  std::string text;
  for (int w = 0; w < 24; w++) {
    size_t len = 3 + rng_next(rng) % 22; // some fit the SSO buffer, most not
    for (size_t i = 0; i < len; i++)
      text += char('a' + rng_next(rng) % 6);
    text += ' ';
  }
  std::vector<std::string> tokens;
  for (size_t b = 0, e; (e = text.find(' ', b)) != std::string::npos; b = e + 1)
    tokens.push_back(text.substr(b, e - b));
  std::map<std::string, int> counts;
  std::unordered_map<std::string, std::vector<int>> where;
  for (size_t i = 0; i < tokens.size(); i++) {
    counts[tokens[i]]++;
    where[tokens[i]].push_back(int(i));
  }
  uint64_t sum = text.size();
  for (const auto &kv : counts)
    sum = sum * 31 + kv.first.size() * uint64_t(kv.second);
  for (const auto &kv : where)
    sum += kv.second.size() * kv.first[0];
  if (req % KEEP_EVERY == 0)
    registry.push_back(tokens[req % tokens.size()] + "#" + std::to_string(req));
  return sum;
}

int main(int argc, char **argv) {
  uint32_t n = argc > 1 ? uint32_t(strtoul(argv[1], nullptr, 10)) : 300000;
  uint64_t sum = 0;
  for (uint32_t i = 1; i <= n; i++)
    sum += handle_request(i);
  std::printf("stl: %u requests, checksum %016llx, %zu kept\n", n,
              (unsigned long long)sum, registry.size());
  return 0;
}
