#pragma once

#include <QByteArray>
#include <QCoreApplication>

#include <cstddef>
#include <cstdint>

// Shared by every fuzz target: one QCoreApplication for the process (set up
// in LLVMFuzzerInitialize, never per input) and the input as an owned,
// NUL-terminated QByteArray, as every parser gets its bytes in the program.
namespace brickdesk::fuzz {

inline void initQt(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
}

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

} // namespace brickdesk::fuzz

#define BRICKDESK_FUZZ_INIT_QT                                                                     \
    extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)                                   \
    {                                                                                              \
        brickdesk::fuzz::initQt(argc, argv);                                                       \
        return 0;                                                                                  \
    }
