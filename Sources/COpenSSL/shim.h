#ifndef CASEBOOK_COPENSSL_SHIM_H
#define CASEBOOK_COPENSSL_SHIM_H

#include <openssl/evp.h>
#include <openssl/err.h>
#include <openssl/crypto.h>
#include <openssl/rand.h>

#endif
