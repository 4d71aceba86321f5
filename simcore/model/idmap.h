#pragma once
// Node id -> index for the CSV readers (internal to cd::model).

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace cd::model {

/// Node id -> index for the readers: open addressing with ids of up to 16 bytes stored in the slot
/// itself (longer ones in a byte arena), so a million lookups cost about one cache miss each and no
/// allocation per id.
class IdMap
{
public:
    void reserve(std::size_t n)
    {
        std::size_t cap = 16;
        while (cap < 2 * n)
            cap *= 2;
        if (cap > m_slots.size())
            rehash(cap);
    }
    /// Index of the id, or -1.
    long long find(std::string_view id) const
    {
        if (m_slots.empty())
            return -1;
        const Slot probe = makeSlot(id, 0);
        const std::size_t mask = m_slots.size() - 1;
        for (std::size_t i = probe.tag & mask;; i = (i + 1) & mask) {
            const Slot &s = m_slots[i];
            if (s.node == 0)
                return -1;
            if (s.tag == probe.tag && s.k0 == probe.k0 && s.k1 == probe.k1 &&
                (id.size() <= 16 || key(s.node - 1) == id))
                return s.node - 1;
        }
    }
    bool contains(std::string_view id) const { return find(id) >= 0; }
    /// Starts loading the slot where `id` would be, ahead of its find().
    void prefetch(std::string_view id) const
    {
        if (!m_slots.empty())
            __builtin_prefetch(&m_slots[makeSlot(id, 0).tag & (m_slots.size() - 1)]);
    }
    void insert(std::string_view id, std::uint32_t node)
    {
        if (2 * (m_count + 1) > m_slots.size())
            rehash(std::max<std::size_t>(16, m_slots.size() * 2));
        if (id.size() > 16) {
            if (m_offsets.size() <= node) {
                m_offsets.resize(node + 1);
                m_lengths.resize(node + 1);
            }
            m_offsets[node] = m_arena.size();
            m_lengths[node] = std::uint32_t(id.size());
            m_arena.append(id);
        }
        place(makeSlot(id, node + 1));
        ++m_count;
    }

private:
    struct Slot
    {
        std::uint64_t k0 = 0;  ///< first 16 bytes of the id, zero padded
        std::uint64_t k1 = 0;
        std::uint32_t node = 0;  ///< index + 1; 0 = empty
        std::uint32_t tag = 0;   ///< hash (low bits pick the slot) mixed with the length
    };
    static Slot makeSlot(std::string_view id, std::uint32_t node)
    {
        Slot s;
        char buf[16] = {};
        std::memcpy(buf, id.data(), std::min<std::size_t>(16, id.size()));
        std::memcpy(&s.k0, buf, 8);
        std::memcpy(&s.k1, buf + 8, 8);
        const std::size_t h = std::hash<std::string_view>{}(id);
        s.tag = std::uint32_t(h ^ (h >> 32)) ^ (std::uint32_t(id.size()) << 24);
        s.node = node;
        return s;
    }
    std::string_view key(std::uint32_t node) const
    {
        return std::string_view(m_arena).substr(m_offsets[node], m_lengths[node]);
    }
    void place(const Slot &slot)
    {
        const std::size_t mask = m_slots.size() - 1;
        std::size_t i = slot.tag & mask;
        while (m_slots[i].node != 0)
            i = (i + 1) & mask;
        m_slots[i] = slot;
    }
    void rehash(std::size_t cap)
    {
        std::vector<Slot> old(cap);
        old.swap(m_slots);
        for (const Slot &s : old)
            if (s.node != 0)
                place(s);
    }
    std::vector<Slot> m_slots;
    std::string m_arena;
    std::vector<std::size_t> m_offsets;
    std::vector<std::uint32_t> m_lengths;
    std::size_t m_count = 0;
};

}  // namespace cd::model
