#ifndef CASEBOOK_COPENSSL_SHIM_H
#define CASEBOOK_COPENSSL_SHIM_H

#include <openssl/evp.h>
#include <openssl/err.h>
#include <openssl/crypto.h>
#include <openssl/rand.h>
#include <openssl/pem.h>
#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/objects.h>
#include <openssl/x509.h>
#include <openssl/ts.h>

/* BIO_get_mem_data is a macro; Swift cannot call macros. */
static inline long casebook_BIO_get_mem_data(BIO *bio, char **data) {
    return BIO_get_mem_data(bio, data);
}

/* The TS_VFY_* flags are macros: what an RFC 3161 reply must pass when checked against a CA:
   its version, its signature, its signer's certificate chain, and the imprint it covers. */
static inline int casebook_ts_verify_flags(void) {
    return (int)(TS_VFY_VERSION | TS_VFY_SIGNATURE | TS_VFY_SIGNER | TS_VFY_IMPRINT);
}

#endif
