package io.voc.support;

import io.restassured.config.JsonConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.path.json.config.JsonPathConfig;

/** RestAssured reads JSON decimals as floats; figures compared with {@code closeTo} need doubles. */
public final class JsonNumbers {
    public static final RestAssuredConfig DOUBLES = RestAssuredConfig.config()
            .jsonConfig(JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.DOUBLE));

    private JsonNumbers() {
    }
}
